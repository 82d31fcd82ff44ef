export { AccessibilityStatementPage as Component } from '../pages/accessibility-statement-page'
