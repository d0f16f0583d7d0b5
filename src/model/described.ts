/**
 * The format's field descriptions, for its JSON Schema only (`bulletin schema`, `bulletin init`'s
 * list of settings). zod's `.describe()` makes a copy of the schema to carry its text (in zod's
 * global registry), and a build made ~50 such copies at start-up only to validate a file. The model
 * registers each description against the schema itself instead, in this registry:
 * `.register(docs, doc('…'))` returns the same schema, so nothing is copied; the JSON Schema is made
 * with `{ metadata: docs }`.
 */
import * as z from 'zod';

export const docs = z.registry<{ description: string }>();

export const doc = (description: string) => ({ description });
