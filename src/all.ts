/**
 * The full kit: registers every `dk-*` element of the admin console, and
 * exports their classes and the public API (that of `dialkit`). The public call button is
 * not here: websites load it alone (`dialkit/call-button`), so that it shares
 * nothing with the console.
 */
export { DkManager } from './elements/manager/define.js';
export { DkSetup } from './elements/setup/define.js';
export { DkMembers } from './elements/members/define.js';
export { DkCredit } from './elements/credit/define.js';
export { DkFeatures } from './elements/features/define.js';
export { DkReports } from './elements/reports/define.js';
export { DkSipProfiles } from './elements/sip-profiles/define.js';
export { DkCallButtonGenerator } from './elements/call-button-generator/define.js';
export { DkHelpArticle } from './elements/help-article/define.js';
export { DkHelpCenter } from './elements/help-center/define.js';
export { DkSoftphone } from './elements/softphone/define.js';

export * from './dialkit.js';
