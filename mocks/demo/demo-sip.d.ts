/** The demo's SIP server, as `npm start` found it (scripts/demo-sip.ts). */
declare module 'virtual:dialkit-demo-sip' {
  const sip: import('../../scripts/demo-sip.js').DemoSip;
  export default sip;
}
