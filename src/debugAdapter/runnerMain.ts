// dist/debugRunner.js: the worker-thread entry of the runner.
import './runner';
