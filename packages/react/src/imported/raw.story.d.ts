// Stories read tracker exports as text through Vite's `?raw` imports.
declare module '*?raw' {
  const text: string;
  export default text;
}
