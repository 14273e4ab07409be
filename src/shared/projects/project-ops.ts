/**
 * Every sync operation of projects and chain templates, in one place (the lead folds them into
 * the typed op union of src/shared/sync at merge). A project event carries the project as it
 * stands after the change, like case events do; a template import carries the templates.
 */
export const projectEntity = 'project';
export const chainTemplateEntity = 'chain-template';
export const projectOps = ['project.created', 'project.case-linked', 'project.handed-over'] as const;
export type ProjectOp = (typeof projectOps)[number];
export const chainTemplateOps = ['chain-template.imported'] as const;

export const projectOpsByEntity: readonly (readonly [string, readonly string[]])[] = [
  [projectEntity, projectOps],
  [chainTemplateEntity, chainTemplateOps],
];
