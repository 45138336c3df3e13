/** The codec for sagsflow's own domain events (case and rekruttering streams): `_tag` is the stored type. */
import { DomainEvent } from "@sagsflow/domain";
import { schemaCodec } from "./schemaCodec";

export const domainEventCodec = schemaCodec(DomainEvent);
