/** Runs before paint: applies a theme the reader chose earlier; otherwise the OS preference applies via CSS. */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem("mp-theme");if(t==="dark"||t==="light")document.documentElement.dataset.theme=t}catch(e){}`;
