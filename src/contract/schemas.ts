/**
 * The JSON API's answers as zod schemas: the TypeScript types the renderers
 * fill (`z.infer`) and the response schemas of the OpenAPI contract
 * (`/openapi.json`) are the same values, so the two cannot drift apart.
 */
import { z } from '@hono/zod-openapi'

/** RFC 3339 date-time in UTC with whole seconds, as every API date is written. */
const DateTime = z.string().openapi({ format: 'date-time', example: '2024-11-12T00:00:00Z' })
const Id = z.string().openapi({ pattern: '^[0-9a-z-]{1,64}$', example: '0a0000000001' })
const Url = z.string().openapi({ format: 'uri' })

export const ApiArticleSchema = z
  .object({
    id: Id,
    url: Url.describe("This article's page on Gazette."),
    external_url: Url.nullable().describe('The original, when known (absolute http or https only).'),
    title: z.string(),
    summary: z.string().describe('One to three whole sentences of the article.'),
    content_text: z.string(),
    content_html: z.string(),
    authors: z.array(z.string()),
    source: z.string().nullable().describe('The outlet, when known.'),
    date_published: DateTime,
    date_modified: DateTime,
    topics: z.array(z.string()).describe('Topic slugs, most relevant first.'),
    tags: z.array(z.string()).describe('Named entities mentioned, each once.'),
    seed: z.string().describe('The seed file the article was built from.'),
    duplicates: z.array(z.string()).describe('Seed paths (or, for feed items, links) of copies folded into this article.'),
    outlets: z.array(z.string()).describe('Every named outlet that carried this text, each once: this article\'s own, then those of the copies folded into it.'),
    story: Id.nullable().describe('The story this article belongs to, if any.'),
    word_count: z.int().nonnegative(),
    language: z.string().describe('BCP 47 language tag.'),
  })
  .openapi('Article')

export const ApiClaimSchema = z
  .object({
    subject: z.string().describe('What is counted: "troops".'),
    disputed: z
      .boolean()
      .describe('True when outlets give different figures for the same claimant or in their own voice ("Outlets disagree"); false when they report different claimants\' figures ("Figures reported").'),
    values: z
      .array(
        z.object({
          value: z.number(),
          text: z.string().describe('The figure as written: "about 11,000".'),
          quote: z.string().describe('The sentence it was taken from, in the first article that gives it.'),
          claimant: z
            .string()
            .nullable()
            .describe('Who the sentence says gives the figure ("the US", "Antony Blinken"; a person as the article names them in full); null when the outlet gives it in its own voice.')
            .openapi({ example: 'the US' }),
          when: z
            .string()
            .nullable()
            .describe('When, as the sentence says: an ISO 8601 date only as precise as the text ("2024", "2024-10", "2024-11-11"), relative phrases ("last month") counted from the article\'s date; null when the sentence names none.')
            .openapi({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', example: '2024-10' }),
          place: z.string().nullable().describe('The place the figure is about, as written ("eastern Russia"); null when the sentence names none.'),
          sources: z.array(z.string()).describe('Named outlets that give it; an article naming none is only in articles.'),
          articles: z.array(Id),
        }),
      )
      .describe('One per figure and claimant, by value: the same figure from two claimants is two values, one claimant\'s figure in several outlets one.'),
  })
  .openapi('Claim')

export const ApiStorySchema = z
  .object({
    id: Id,
    url: Url.describe("This story's page on Gazette."),
    title: z.string(),
    summary: z.string().describe('Multi-source summary.'),
    articles: z.array(Id).describe('Article ids, newest first (each at /api/articles/{id}).'),
    article_count: z.int().positive(),
    sources: z.array(z.string()).describe('Named outlets, each once, by first report.'),
    unnamed_sources: z.int().nonnegative().describe('How many of the articles name no outlet (shown to readers as unknown).'),
    topics: z.array(z.string()),
    date_start: DateTime.describe('First report.'),
    date_end: DateTime.describe('Latest report.'),
    claims: z.array(ApiClaimSchema).describe('Figures the articles give differently, each with who gives it (claimant), when and where.'),
  })
  .openapi('Story')

/** One page of a list: the same shape for articles and stories. */
const listOf = <T extends z.ZodType>(item: T, name: string) =>
  z
    .object({
      items: z.array(item),
      next_cursor: z.string().nullable().describe('Pass as `cursor` for the next page; null on the last page.'),
      total: z.int().nonnegative().describe('Matches in all, before paging.'),
    })
    .openapi(name)

/** With `fields=`: only the fields named, in the item's own order. */
const sparse = <T extends z.ZodObject>(item: T, name: string) =>
  item.partial().describe('With fields=: only the fields named, in the same order as a whole item.').openapi(name)

/** Items are whole, or hold only the fields asked for (`fields=`). */
export const ArticleListSchema = listOf(z.union([ApiArticleSchema, sparse(ApiArticleSchema, 'ArticleFields')]), 'ArticleList')
export const StoryListSchema = listOf(z.union([ApiStorySchema, sparse(ApiStorySchema, 'StoryFields')]), 'StoryList')

export const ApiTopicSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    count: z.int().nonnegative().describe('Articles in the topic.'),
    url: Url.describe("The topic's page."),
    feeds: z.object({ rss: Url, atom: Url, json: Url }),
    api: Url.describe("The topic's articles in the API."),
  })
  .openapi('Topic')

export const TopicListSchema = z.object({ items: z.array(ApiTopicSchema) }).openapi('TopicList')

export const HealthSchema = z
  .object({ status: z.literal('ok'), version: z.string().describe('Changes whenever any answer could.'), articles: z.int().nonnegative() })
  .openapi('Health')

/** `{"status":400,"error":"Bad Request","parameter":"limit","message":"limit: must be …"}` */
export const ErrorSchema = z
  .object({
    status: z.int(),
    error: z.string().describe('The status text.'),
    parameter: z.string().optional().describe('The query parameter at fault (400).'),
    message: z.string().describe('What is wrong, naming the parameter or path.'),
    valid_topics: z.array(z.string()).optional().describe('For an unknown topic: the slugs that exist, in code-unit order, at most the first 50 (GET /api/topics lists them all).'),
  })
  .openapi('Error')

export type ApiArticle = z.infer<typeof ApiArticleSchema>
export type ApiStory = z.infer<typeof ApiStorySchema>
export type ApiClaim = z.infer<typeof ApiClaimSchema>
export type ApiTopic = z.infer<typeof ApiTopicSchema>
export type ErrorBody = z.infer<typeof ErrorSchema>

/** `/api`: the contract in brief. */
export const SummarySchema = z
  .object({
    openapi: Url.describe('This contract in full.'),
    docs: Url.describe('This contract as a page.'),
    routes: z.array(z.object({ path: z.string(), description: z.string(), scope: z.string(), example: z.string() })),
    parameters: z.array(z.object({ name: z.string(), description: z.string(), example: z.string(), routes: z.array(z.string()) })),
  })
  .openapi('Summary')
