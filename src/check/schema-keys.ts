import type { z } from 'zod';

/** The field names an object schema allows at `path` (through optional, default, array and union wrappers). */
export function allowedKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  const found = new Set<string>();
  collect(schema, [...path], found);
  return [...found];
}

type AnyDef = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; element?: z.ZodType; options?: z.ZodType[]; in?: z.ZodType; out?: z.ZodType };

function collect(schema: z.ZodType, path: PropertyKey[], found: Set<string>): void {
  const def = (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
  switch (def.type) {
    case 'object': {
      if (path.length === 0) {
        for (const key of Object.keys(def.shape ?? {})) found.add(key);
        return;
      }
      const [head, ...rest] = path;
      const child = def.shape?.[String(head)];
      if (child) collect(child, rest, found);
      return;
    }
    case 'array':
      if (def.element) collect(def.element, typeof path[0] === 'number' ? path.slice(1) : path, found);
      return;
    case 'union':
      for (const option of def.options ?? []) collect(option, path, found);
      return;
    case 'pipe':
      if (def.in) collect(def.in, path, found);
      return;
    default:
      if (def.innerType) collect(def.innerType, path, found);
  }
}

/**
 * For a union of objects at `path` (stories: either ids or filter + order), each option's field names, in
 * the union's order; undefined when the schema at `path` is not such a union.
 */
export function unionOptionKeysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[][] | undefined {
  const union = schemaAt(schema, [...path]);
  const def = union && (union as unknown as { _zod: { def: AnyDef } })._zod.def;
  if (def?.type !== 'union') return undefined;
  const options = (def.options ?? []).map((option) => allowedKeysAt(option, []));
  return options.every((keys) => keys.length) ? options : undefined;
}

function schemaAt(schema: z.ZodType, path: PropertyKey[]): z.ZodType | undefined {
  const def = (schema as unknown as { _zod: { def: AnyDef } })._zod.def;
  if (path.length === 0 && def.type === 'union') return schema;
  switch (def.type) {
    case 'object':
      return path.length && def.shape?.[String(path[0])] ? schemaAt(def.shape[String(path[0])], path.slice(1)) : undefined;
    case 'array':
      return def.element ? schemaAt(def.element, typeof path[0] === 'number' ? path.slice(1) : path) : undefined;
    case 'pipe':
      return def.in ? schemaAt(def.in, path) : undefined;
    default:
      return def.innerType ? schemaAt(def.innerType, path) : path.length === 0 ? schema : undefined;
  }
}
