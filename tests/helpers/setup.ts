import { vi } from "vitest";

// "server-only" throws outside a React Server Component bundle; the tests call server code directly.
vi.mock("server-only", () => ({}));
