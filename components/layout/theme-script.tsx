/**
 * Runs before first paint: applies the stored theme, or the system's, so a
 * dark-mode reader never sees a white flash. Kept tiny and dependency-free.
 */
const script = `(function(){try{var t=localStorage.getItem("theme");var d=t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches);document.documentElement.classList.toggle("dark",d)}catch(e){}})()`;

export function ThemeScript() {
  return <script dangerouslySetInnerHTML={{ __html: script }} />;
}
