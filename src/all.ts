/**
 * The full kit: registers every `dk-*` element of the admin console, and
 * exports the public API (the same as `dialkit`). The public call button is
 * not here: websites load it alone (`dialkit/call-button`), so that it shares
 * nothing with the console.
 */
import './elements/manager/define.js';
import './elements/setup/define.js';
import './elements/members/define.js';
import './elements/credit/define.js';
import './elements/features/define.js';
import './elements/reports/define.js';
import './elements/sip-profiles/define.js';
import './elements/call-button-generator/define.js';
import './elements/help-article/define.js';
import './elements/help-center/define.js';

export * from './dialkit.js';
