// What a target is: a name and a function from the model to files under the output directory.
import type { Renderer } from '../handlebars/create-renderer.ts';
import type { ApiModel } from '../model/types.ts';

export interface GeneratedFile {
  /** Relative to the output directory, with `/` separators. */
  path: string;
  contents: string;
}

export interface TargetContext {
  model: ApiModel;
  /**
   * The bundled document. Only the two targets that are the document in another form read it:
   * the bundle itself and openapi-typescript's types (STYLE.md §3: types by AST).
   */
  document: Record<string, unknown>;
  renderer: Renderer;
  /** `generated from spec/openapi.yaml by keyway generate; do not edit` */
  provenance: string;
}

export interface Target {
  name: string;
  description: string;
  render(context: TargetContext): GeneratedFile[] | Promise<GeneratedFile[]>;
  /** Releases what the target holds (a worker thread); called once after rendering. */
  dispose?(): Promise<void>;
}
