import { z } from 'zod';

// Editors read every validation message: zod's own wording in Simplified Chinese, for Astro and Node scripts alike.
z.config(z.locales.zhCN());
