import { react18Project, react18Tests } from './project.js';

/** The React package's rendering tests that swap modules (render counts), on React 18, each isolated. */
export default react18Project('react18-isolated', react18Tests.swapping, true);
