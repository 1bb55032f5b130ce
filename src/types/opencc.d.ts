/** opencc-js ships its dictionaries as modules of one string each, without typings. */
declare module "opencc-js/dict/*" {
  const dict: string;
  export default dict;
}
