declare module 'virtual:zhuzhou/content' {
  /** The checked content (src/lib/guard/model.ts), built once by src/plugins/content-guard.ts. */
  const content: import('./lib/guard/model').SiteContent;
  export default content;
}
