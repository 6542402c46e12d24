/**
 * The notice as its public page (/notices/<slug>) will show it, in Chinese or English: the page's
 * own words (domain/notice-text.ts), the one Markdown renderer (domain/markdown.ts, raw HTML off)
 * and the same entry table, so what comms see here is what readers get.
 */
import { useState } from 'react';
import { Box, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useGetOne, useLocaleState } from 'react-admin';
import { renderMarkdown } from '../../domain/markdown';
import { dayOf, PUBLIC_NOTICE_STATUSES, type NoticeEntry, type NoticeRecord } from '../../domain/notices';
import { entryTable, NOTICE_PAGE_WORDS, noticePeriodText, type NoticeLang } from '../../domain/notice-text';
import { localizedName, type Named } from '../../domain/reference';
import { useLinkedNotices } from './useLinkedNotices';

export type PreviewNotice = Pick<
  NoticeRecord,
  | 'title'
  | 'slug'
  | 'body'
  | 'categoryId'
  | 'periodStart'
  | 'periodEnd'
  | 'status'
  | 'publishAt'
  | 'publishedAt'
  | 'retractedAt'
  | 'retractionReason'
  | 'correctsId'
> & { id?: number };

// The public page's stylesheet (server/public/html.ts), in the theme's colours.
const PAGE = {
  p: 2,
  font: '16px/1.6 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif',
  color: 'text.primary',
  overflowWrap: 'break-word',
  '& h1': { fontSize: '1.5rem', lineHeight: 1.3, my: 1 },
  '& h2': { fontSize: '1.2rem', mt: 3 },
  '& a': { color: 'inherit' },
  '& table': { borderCollapse: 'collapse', width: '100%', fontSize: 14 },
  '& th, & td': { borderBottom: 1, borderColor: 'divider', px: 1, py: 0.75, textAlign: 'left', verticalAlign: 'top' },
  '& .table': { overflowX: 'auto' },
  '& .muted': { color: 'text.secondary' },
  '& .banner': { border: 2, borderColor: 'error.main', px: 1.5, py: 1, borderRadius: '6px', my: 1.5 },
} as const;

/** HTML the one renderer made from Markdown: raw HTML in the source is escaped, unsafe links dropped. */
const Rendered = ({ markdown, className }: { markdown: string; className: string }) => (
  // biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with html off (domain/markdown.ts), as the public page renders it
  <div className={className} dangerouslySetInnerHTML={{ __html: renderMarkdown(markdown) }} />
);

export function NoticePreview({ notice, entries }: { notice: PreviewNotice; entries: NoticeEntry[] }) {
  const [locale] = useLocaleState();
  const [lang, setLang] = useState<NoticeLang>(locale.startsWith('zh') ? 'zh' : 'en');
  const w = NOTICE_PAGE_WORDS[lang];
  const { data: category } = useGetOne<Named & { id: number }>('categories', { id: notice.categoryId! }, { enabled: notice.categoryId != null });
  const published = notice.publishedAt ?? notice.publishAt ?? new Date().toISOString();
  return (
    <Box sx={{ border: 1, borderColor: 'divider', borderRadius: 1, bgcolor: 'background.paper' }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, px: 1.5, py: 0.5, borderBottom: 1, borderColor: 'divider', bgcolor: 'action.hover' }}>
        <Typography variant="caption" sx={{ fontFamily: 'monospace', flex: 1, overflowWrap: 'anywhere' }} aria-label="address">
          /notices/{notice.slug}
        </Typography>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={lang}
          onChange={(_, value: NoticeLang | null) => value && setLang(value)}
          sx={{ '& .MuiToggleButton-root': { py: 0.25, textTransform: 'none' } }}
        >
          <ToggleButton value="zh">中文</ToggleButton>
          <ToggleButton value="en">English</ToggleButton>
        </ToggleButtonGroup>
      </Box>
      <Box component="article" sx={PAGE} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
        <h1>{notice.title}</h1>
        <p className="muted">
          {category ? localizedName(category, lang) : w.allScope} · {w.period} {noticePeriodText(notice, lang)} · {w.published} {dayOf(published)}
        </p>
        <Banners notice={notice} lang={lang} />
        <Rendered className="body" markdown={notice.body} />
        <h2>
          {w.entries} <span className="muted">({w.count(entries.length)})</span>
        </h2>
        <Rendered className="table" markdown={entryTable(entries, lang)} />
      </Box>
    </Box>
  );
}

/** The retraction banner and the links between a notice and its correction, as the public page shows them (public notices only). */
function Banners({ notice, lang }: { notice: PreviewNotice; lang: NoticeLang }) {
  const w = NOTICE_PAGE_WORDS[lang];
  const { corrects, correctedBy } = useLinkedNotices(notice);
  const isPublic = (n?: NoticeRecord): n is NoticeRecord => !!n && PUBLIC_NOTICE_STATUSES.includes(n.status);
  const link = (n: NoticeRecord) => (
    <a href={`/notices/${n.slug}`} target="_blank" rel="noopener">
      {n.title}
    </a>
  );
  return (
    <>
      {notice.status === 'retracted' && (
        <div className="banner" role="note">
          <strong>{w.retracted}</strong> {w.retractedOn(dayOf(notice.retractedAt ?? notice.publishedAt ?? ''))}
          {notice.retractionReason && (
            <>
              <br />
              {w.reason}
              {notice.retractionReason}
            </>
          )}
          {isPublic(correctedBy) && (
            <>
              <br />
              {w.correctedBy}
              {link(correctedBy)}
            </>
          )}
        </div>
      )}
      {isPublic(corrects) && (
        <p className="muted">
          {w.corrects}
          {link(corrects)}
        </p>
      )}
    </>
  );
}
