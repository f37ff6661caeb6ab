package corpus

import (
	"context"
	"html"
	"strings"
)

// readTXT decodes plain text: BOM, UTF-8/UTF-16, repaired mojibake or a
// legacy Vietnamese encoding (see Decode). Normalize, called by Read, does
// the rest.
func readTXT(ctx context.Context, data []byte, opt Options) (*Text, error) {
	s, enc, err := Decode(data)
	if err != nil {
		return nil, err
	}
	return &Text{Text: s, Encoding: enc}, nil
}

// readMD reads Markdown as text. What converters put in Markdown besides
// Markdown is undone here — HTML line breaks and entities, and table cells
// holding several paragraphs — and Normalize strips the markup.
func readMD(ctx context.Context, data []byte, opt Options) (*Text, error) {
	t, err := readTXT(ctx, data, opt)
	if err != nil {
		return nil, err
	}
	if strings.Contains(t.Text, "<") || strings.Contains(t.Text, "&") || strings.Contains(t.Text, "|") {
		t.Text = mdUnfold(t.Text)
	}
	return t, nil
}

// mdUnfold writes each paragraph of a converted Markdown file on a line of
// its own. A table row whose cells hold several paragraphs — split by
// "<br>", or written as runs of bold text one after another ("| **TM. ỦY
// BAN NHÂN DÂN** **KT. CHỦ TỊCH** **Nguyễn Văn A** |") — becomes its
// cells' paragraphs, cell after cell, as a Word table reads. A "<br>"
// elsewhere breaks the line; HTML entities are decoded.
func mdUnfold(s string) string {
	lines := strings.Split(s, "\n")
	var b strings.Builder
	b.Grow(len(s))
	for i, l := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		if t := strings.TrimSpace(l); len(t) > 1 && t[0] == '|' && t[len(t)-1] == '|' {
			if parts, ok := mdCellParagraphs(t); ok {
				b.WriteString(strings.Join(parts, "\n"))
				continue
			}
		}
		l = mdBreaks(l, "\n")
		if strings.IndexByte(l, '&') >= 0 {
			l = html.UnescapeString(l)
		}
		b.WriteString(l)
	}
	return b.String()
}

// mdCellParagraphs returns the paragraphs of the cells of the table row
// row, in order, when a cell holds more than one; ok is false otherwise
// (the row stays a row: cells side by side).
func mdCellParagraphs(row string) (parts []string, ok bool) {
	cells := strings.Split(strings.Trim(row, "|"), "|")
	for _, c := range cells {
		c = strings.TrimSpace(html.UnescapeString(mdBreaks(c, "\x00")))
		var ps []string
		for _, p := range strings.Split(c, "\x00") {
			ps = append(ps, mdBoldRuns(strings.TrimSpace(p))...)
		}
		if len(ps) > 1 {
			ok = true
		}
		for _, p := range ps {
			if p != "" {
				parts = append(parts, p)
			}
		}
	}
	return parts, ok
}

// mdBreaks replaces the HTML line breaks in s ("<br>", "<br/>", "<BR />")
// with sep.
func mdBreaks(s, sep string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		tag := strings.ToLower(strings.ReplaceAll(s[i+1:i+j], " ", ""))
		b.WriteString(s[:i])
		if tag == "br" || tag == "br/" {
			b.WriteString(sep)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

// mdBoldRuns splits a cell written as two or more bold runs and nothing
// else ("**ỦY BAN NHÂN DÂN** **XÃ CẨM THÀNH**") into the runs, markers
// kept; any other text is one paragraph.
func mdBoldRuns(c string) []string {
	if !strings.HasPrefix(c, "**") || !strings.HasSuffix(c, "**") || len(c) < 4 {
		return []string{c}
	}
	var runs []string
	rest := c
	for rest != "" {
		if !strings.HasPrefix(rest, "**") {
			return []string{c}
		}
		end := strings.Index(rest[2:], "**")
		if end <= 0 {
			return []string{c}
		}
		runs = append(runs, rest[:end+4])
		rest = strings.TrimLeft(rest[end+4:], " \t")
	}
	return runs
}
