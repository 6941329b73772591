// The French catalog.
import type { Messages } from '../en';
import { article } from './article';
import { common } from './common';
import { edit } from './edit';
import { share } from './share';
import { shell } from './shell';
import { timeline } from './timeline';

export const fr: Messages = { ...common, ...shell, ...timeline, ...edit, ...article, ...share };
