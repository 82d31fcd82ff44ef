export { TriagePage as Component } from '../../features/review'
