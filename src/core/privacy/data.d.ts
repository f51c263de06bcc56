// The generated lexicon (scripts/privacy-data.mjs), served to esbuild as a virtual module.
declare module 'goedwerk:privacy-data' {
  import type { BloomData } from './bloom';
  const data: {
    format: number;
    words: BloomData;
    english: BloomData;
    proper: BloomData;
    first: string;
    ambiguous: string;
    surnames: string;
    prefixed: string;
    places: string;
    national: string;
    local: string;
    vocabulary: string;
    characters: string;
    smallFirst: string;
  };
  export = data;
}
