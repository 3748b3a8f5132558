import type { ReactNode } from "react";
import { ClientMessages } from "@/components/console/client-messages";

export default function Layout({ children }: { children: ReactNode }) {
  return <ClientMessages segment="postings">{children}</ClientMessages>;
}
