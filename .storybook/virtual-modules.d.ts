/** The custom-elements manifest of src/, served by .storybook/manifest.ts. */
declare module 'virtual:dialkit-manifest' {
  const manifest: import('./elements.js').Manifest;
  export default manifest;
}
