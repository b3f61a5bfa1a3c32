import { z } from "zod";
import { idField } from "./fields";

export const switchOrganisationSchema = z.object({ organisationId: idField });
export type SwitchOrganisationInput = z.infer<typeof switchOrganisationSchema>;
