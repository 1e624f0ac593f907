import {desk} from './src/index.ts'; console.log(desk)
