// dist/languageServer.js
import { main } from './server';

main();
