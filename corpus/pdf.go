package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/ledongthuc/pdf"
)

// PDF extractors Options.PDF selects.
const (
	PDFAuto      = "auto"
	PDFBuiltin   = "builtin"
	PDFPdftotext = "pdftotext"
)

// ErrEncrypted is returned for a PDF the built-in reader cannot decrypt.
var ErrEncrypted = errors.New("encrypted PDF")

// pdfMaxPages bounds the pages read from one file.
const pdfMaxPages = 5000

// pdfPages is the text of a PDF, page by page, each a list of lines with
// "" marking a paragraph break.
type pdfPages [][]string

// readPDF reads the text of a PDF with the extractor opt.PDF names: the
// built-in reader (reading order rebuilt from glyph positions), pdftotext,
// or — "auto" — the built-in reader with pdftotext as the fallback when
// the built-in text fails the quality check. A PDF without a usable text
// layer is read by OCR when tesseract is installed, else it is an error
// naming the packages that would read it.
func readPDF(ctx context.Context, data []byte, opt Options) (*Text, error) {
	return pdfRead(ctx, data, opt, true)
}

// pdfRead is readPDF; external false keeps pdftotext and OCR out (the
// fuzz target exercises the built-in reader alone).
func pdfRead(ctx context.Context, data []byte, opt Options, external bool) (*Text, error) {
	hasTool := func(name string) bool { return external && pdfHasTool(name) }
	mode := opt.PDF
	if mode == "" {
		mode = PDFAuto
	}
	t := &Text{Encoding: "utf-8"}
	var pages pdfPages
	var err error
	switch mode {
	case PDFPdftotext:
		if !external {
			return nil, fmt.Errorf("pdf: %w: pdftotext not allowed here", ErrUnsupported)
		}
		pages, err = pdfRunPdftotext(ctx, data)
		if err != nil {
			return nil, err
		}
	case PDFBuiltin, PDFAuto:
		pages, err = pdfReadBuiltin(ctx, data)
		if err != nil {
			if mode == PDFBuiltin || !hasTool("pdftotext") {
				return nil, err
			}
			pp, perr := pdfRunPdftotext(ctx, data)
			if perr != nil {
				return nil, fmt.Errorf("%w (pdftotext: %v)", err, perr)
			}
			t.Warnings = append(t.Warnings, fmt.Sprintf("pdf: built-in reader failed (%v); text from pdftotext", err))
			pages = pp
		}
	default:
		return nil, fmt.Errorf("pdf: unknown extractor %q (want auto, builtin or pdftotext)", mode)
	}
	q := pdfJudge(pages)
	if !q.ok() && mode == PDFAuto && hasTool("pdftotext") && len(t.Warnings) == 0 {
		if pp, perr := pdfRunPdftotext(ctx, data); perr == nil {
			if q2 := pdfJudge(pp); q2.ok() || q2.share > q.share+0.1 {
				t.Warnings = append(t.Warnings, fmt.Sprintf("pdf: built-in text failed the quality check (%s); text from pdftotext", q))
				pages, q = pp, q2
			}
		}
	}
	if !q.ok() {
		if !external {
			return nil, fmt.Errorf("pdf: no usable text layer (%s: %s): %w", q, q.reason(), ErrNoText)
		}
		pp, oerr := pdfOCR(ctx, data)
		if oerr != nil {
			return nil, fmt.Errorf("pdf: no usable text layer (%s: %s): %w", q, q.reason(), oerr)
		}
		t.OCR = true
		t.Warnings = append(t.Warnings, fmt.Sprintf("pdf: no usable text layer (%s); text from OCR (tesseract, vie)", q))
		pages = pp
	}
	fu := pdfStripFurniture(pages)
	t.Hints.Gazette = fu.Gazette
	t.Hints.Signer = fu.Signer
	t.Text, t.Encoding = pdfJoin(pages)
	return t, nil
}

// pdfReadBuiltin reads the pages of a PDF with ledongthuc/pdf, rebuilding
// lines from glyph positions. A page the library panics on is skipped
// (the walker keeps what it read of a stream before the panic).
func pdfReadBuiltin(ctx context.Context, data []byte) (pages pdfPages, err error) {
	var r *pdf.Reader
	if pdfGuard(func() { r, err = pdf.NewReader(bytes.NewReader(data), int64(len(data))) }) {
		err = errors.New("malformed PDF")
	}
	if err != nil {
		if pdfEncrypted(data) {
			return nil, fmt.Errorf("pdf: %w: the built-in reader cannot decrypt it (%v); pdftotext (Debian package poppler-utils) can", ErrEncrypted, err)
		}
		return nil, fmt.Errorf("pdf: open: %w", err)
	}
	n := 0
	if pdfGuard(func() { n = r.NumPage() }) || n <= 0 {
		return nil, errors.New("pdf: no pages (malformed page tree)")
	}
	n = min(n, pdfMaxPages)
	w := &pdfWalker{ctx: ctx, fonts: make(map[string]*pdfFont)}
	lost := 0
	for i := 1; i <= n; i++ {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("pdf: page %d: %w", i, err)
		}
		var lines []string
		if pdfGuard(func() {
			p := r.Page(i)
			if p.V.IsNull() {
				return
			}
			lines = pdfLayoutPage(w.page(p))
		}) {
			lost++
		}
		pages = append(pages, lines)
	}
	if lost == n {
		return nil, fmt.Errorf("pdf: all %d pages malformed", n)
	}
	return pages, nil
}

// pdfEncrypted reports whether the trailer names an Encrypt dictionary.
func pdfEncrypted(data []byte) bool {
	tail := data
	if len(tail) > 4096 {
		tail = tail[len(tail)-4096:]
	}
	return bytes.Contains(tail, []byte("/Encrypt")) || bytes.Contains(data[:min(len(data), 4096)], []byte("/Encrypt"))
}

// pdfJoin writes the pages as one text, a blank line between pages, and
// decodes paragraphs a legacy Vietnamese font (.VnTime, VNI) left as
// Latin-1 mojibake. It returns the text and its majority encoding.
func pdfJoin(pages pdfPages) (string, string) {
	var sb strings.Builder
	votes := map[string]int{}
	var para []string
	flush := func() {
		if len(para) == 0 {
			return
		}
		p := strings.Join(para, "\n")
		para = para[:0]
		if d, enc, ok := DecodeLegacyRunes(p); ok {
			p = d
			votes[enc] += len(p)
		} else {
			votes["utf-8"] += len(p)
		}
		if sb.Len() > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString(p)
	}
	for _, lines := range pages {
		for _, l := range lines {
			if strings.TrimSpace(l) == "" {
				flush()
				continue
			}
			para = append(para, l)
		}
		flush()
	}
	enc, best := "utf-8", 0
	for e, n := range votes {
		if n > best || n == best && e < enc {
			enc, best = e, n
		}
	}
	return sb.String(), enc
}
