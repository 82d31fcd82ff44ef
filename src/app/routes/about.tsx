export { AboutPage as Component } from '../pages/about-page'
