/** The keys a template may have (the schema's properties). */
export const TEMPLATE_KEYS = [
  'name',
  'description',
  'target_name',
  'expires_in',
  'permissions',
  'endpoints',
  'justification',
  'repositories',
  'used_by',
]
