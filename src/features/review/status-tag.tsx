import { SampleTag as SharedSampleTag } from '../../domain/concern/tags'

export { StatusTag } from '../../domain/concern/tags'

export function SampleTag() {
  return <SharedSampleTag className="app-review-sample" />
}
