export { OciLayout } from './oci-layout'
export { LayoutDigestError, LayoutError, LayoutNotFoundError } from './errors'
export { formatRefName, REF_NAME, type TaggedName } from './ref-name'
