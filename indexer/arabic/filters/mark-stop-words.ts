/**
 * Token filter: flags stop words (`stop: true`) and keeps them, so ranking may ignore them but a
 * query of only stop words still matches. Looks at the normalized surface, clitics included.
 */
import { isStopWord } from '../stop-words.ts';
import type { Token } from '../token.ts';
import type { TokenFilter } from './filter.ts';

export const markStopWords: TokenFilter = {
  kind: 'token',
  name: 'mark-stop-words',
  keepsSurface: true,
  applies: (token: Token) => token.script === 'arabic' || token.script === 'latin',
  apply(token: Token): Token {
    token.stop = isStopWord(token.surface);
    return token;
  },
};
