// Inputs of the document procedures (uploads are multipart: their fields are read in the router).
import { z } from "zod";
import { zId } from "../security/input";

export const ZRemoveDocumentInput = z.object({ id: zId });
