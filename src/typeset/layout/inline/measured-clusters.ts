import type { Measurer } from '../../model/index.ts';
import { classOf, type ClusterClass } from '../../text/classes.ts';

/** One distinct cluster as set from one preferred face at one size. */
export interface MeasuredCluster {
  text: string;
  /** The face that draws it (the preferred one or a fallback); undefined when no face has it. */
  font: string | undefined;
  /** Advance in pt (0 when no face has it). */
  width: number;
  cls: ClusterClass;
}

/**
 * Clusters resolved, measured and classified once per preferred face and size: a book sets its few thousand
 * distinct clusters 180,000 times, in a handful of (face, size) pairs.
 */
export class ClusterMeasures {
  private readonly measurer: Measurer;
  private readonly preferred: string;
  private readonly size: number;
  // Single UTF-16 units (nearly every cluster of a Chinese book) by code: no string is made or hashed to look one up.
  private readonly units: Array<MeasuredCluster | undefined> = new Array(0x10000);
  private readonly clusters = new Map<string, MeasuredCluster>();

  constructor(measurer: Measurer, preferred: string, size: number) {
    this.measurer = measurer;
    this.preferred = preferred;
    this.size = size;
  }

  /** The cluster made of the one UTF-16 unit `code`. */
  unit(code: number): MeasuredCluster {
    return (this.units[code] ??= this.measure(String.fromCharCode(code)));
  }

  cluster(text: string): MeasuredCluster {
    if (text.length === 1) return this.unit(text.charCodeAt(0));
    let known = this.clusters.get(text);
    if (!known) this.clusters.set(text, (known = this.measure(text)));
    return known;
  }

  private measure(text: string): MeasuredCluster {
    const font = this.measurer.resolve(text, this.preferred);
    const width = font === undefined ? 0 : this.measurer.advance(text, font, this.size);
    return { text, font, width, cls: classOf(text) };
  }
}

const byMeasurer = new WeakMap<Measurer, Map<string, ClusterMeasures>>();

/** The cluster measures for `preferred` at `size`, shared by every paragraph set with `measurer`. */
export function clusterMeasures(measurer: Measurer, preferred: string, size: number): ClusterMeasures {
  let perFace = byMeasurer.get(measurer);
  if (!perFace) byMeasurer.set(measurer, (perFace = new Map()));
  const key = `${preferred}\0${size}`;
  let measures = perFace.get(key);
  if (!measures) perFace.set(key, (measures = new ClusterMeasures(measurer, preferred, size)));
  return measures;
}
