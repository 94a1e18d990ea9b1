import type { Sharp, SharpOptions } from 'sharp';

type SharpFactory = (input?: string | Buffer | Uint8Array, options?: SharpOptions) => Sharp;

let loaded: Promise<SharpFactory> | undefined;

/** sharp (libvips, ~25 MB of memory once loaded), loaded only when a book has images. */
export function loadSharp(): Promise<SharpFactory> {
  loaded ??= import('sharp').then((module) => module.default as SharpFactory);
  return loaded;
}
