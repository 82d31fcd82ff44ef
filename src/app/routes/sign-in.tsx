export { SignInPage as Component } from '../../features/session/components/sign-in-page'
