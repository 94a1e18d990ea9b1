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
