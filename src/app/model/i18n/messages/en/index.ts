// The English catalog: the source every other language translates, key for key.
import { article } from './article';
import { common } from './common';
import { edit } from './edit';
import { share } from './share';
import { shell } from './shell';
import { timeline } from './timeline';

export const en = { ...common, ...shell, ...timeline, ...edit, ...article, ...share };
export type Messages = { readonly [Key in keyof typeof en]: string };
