package corpus

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/vanban/vanban/extract"
)

// Formats a reader accepts.
const (
	FormatTXT  = "txt"
	FormatMD   = "md"
	FormatHTML = "html"
	FormatPDF  = "pdf"
	FormatDOCX = "docx"
	FormatDOC  = "doc"
)

// Errors a reader returns; test with errors.Is.
var (
	ErrTooLarge    = errors.New("input too large")
	ErrUnsupported = errors.New("unsupported format")
	ErrUndecodable = errors.New("undecodable text")
	ErrTimeout     = errors.New("reader time limit exceeded")
	ErrPanic       = errors.New("reader crashed")
	ErrNoText      = errors.New("no text")
)

// Limits bound what one file may cost. Zero fields take the defaults.
type Limits struct {
	MaxFileSize   int64         // bytes of the file itself
	MaxZipEntries int           // entries in a docx archive
	MaxUnzipped   int64         // total decompressed bytes of a docx
	Timeout       time.Duration // wall time for reading one file
}

// DefaultLimits are the limits used when Options leaves them zero.
var DefaultLimits = Limits{
	MaxFileSize:   64 << 20,
	MaxZipEntries: 2000,
	MaxUnzipped:   256 << 20,
	Timeout:       60 * time.Second,
}

// Options configure reading.
type Options struct {
	Limits Limits
	// PDF selects the PDF text extractor: "auto" (built-in, falling back to
	// pdftotext when installed and the built-in text fails the quality
	// check), "builtin" or "pdftotext". Empty means "auto".
	PDF string
}

func (o Options) limits() Limits {
	l := o.Limits
	if l.MaxFileSize <= 0 {
		l.MaxFileSize = DefaultLimits.MaxFileSize
	}
	if l.MaxZipEntries <= 0 {
		l.MaxZipEntries = DefaultLimits.MaxZipEntries
	}
	if l.MaxUnzipped <= 0 {
		l.MaxUnzipped = DefaultLimits.MaxUnzipped
	}
	if l.Timeout <= 0 {
		l.Timeout = DefaultLimits.Timeout
	}
	return l
}

// Text is the normalized text of one file and what was learned reading it.
type Text struct {
	Text     string        // NFC, one tone-mark style, markup stripped, lines repaired
	Format   string        // FormatTXT …
	Encoding string        // the majority encoding: "utf-8", "windows-1258", "tcvn3", "vni", "viscii", "utf-16"
	OCR      bool          // the text came from OCR
	Hints    extract.Hints // metadata found beside the text
	Warnings []string      // problems that did not stop reading
}

// Input returns the extraction input for this text, read from path.
func (t *Text) Input(path string) extract.Input {
	return extract.Input{
		Text:   t.Text,
		Source: extract.Source{Path: path, Format: t.Format, Encoding: t.Encoding, OCR: t.OCR},
		Hints:  t.Hints,
	}
}

// A reader turns the bytes of one file of its format into decoded text. Read
// normalizes what it returns.
type reader func(ctx context.Context, data []byte, opt Options) (*Text, error)

// readerFor returns the reader of a format.
func readerFor(format string) reader {
	switch format {
	case FormatTXT:
		return readTXT
	case FormatMD:
		return readMD
	case FormatHTML:
		return readHTML
	case FormatPDF:
		return readPDF
	case FormatDOCX:
		return readDOCX
	case FormatDOC:
		return readDOC
	}
	return nil
}

// ReadFile reads, decodes and normalizes the file at path.
func ReadFile(ctx context.Context, path string, opt Options) (*Text, error) {
	lim := opt.limits()
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, lim.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if int64(len(data)) > lim.MaxFileSize {
		return nil, fmt.Errorf("read %s: %w: over %d bytes", path, ErrTooLarge, lim.MaxFileSize)
	}
	return Read(ctx, path, data, opt)
}

// Read decodes and normalizes data, the content of a file named name. The
// format is sniffed from the content first and the name's extension second.
// A reader that panics or runs past the time limit yields an error, never a
// crash.
func Read(ctx context.Context, name string, data []byte, opt Options) (*Text, error) {
	lim := opt.limits()
	if int64(len(data)) > lim.MaxFileSize {
		return nil, fmt.Errorf("read %s: %w: over %d bytes", name, ErrTooLarge, lim.MaxFileSize)
	}
	format := Sniff(name, data)
	rd := readerFor(format)
	if rd == nil {
		return nil, fmt.Errorf("read %s: %w", name, ErrUnsupported)
	}
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	type result struct {
		t   *Text
		err error
	}
	ch := make(chan result, 1)
	go func() {
		defer func() {
			if p := recover(); p != nil {
				ch <- result{err: fmt.Errorf("%w: %v\n%s", ErrPanic, p, firstLines(string(debug.Stack()), 12))}
			}
		}()
		t, err := rd(ctx, data, opt)
		ch <- result{t, err}
	}()
	var r result
	select {
	case r = <-ch:
	case <-ctx.Done():
		return nil, fmt.Errorf("read %s (%s): %w after %s", name, format, ErrTimeout, lim.Timeout)
	}
	if r.err != nil {
		return nil, fmt.Errorf("read %s (%s): %w", name, format, r.err)
	}
	t := r.t
	t.Format = format
	t.Text = Normalize(t.Text)
	if strings.TrimSpace(t.Text) == "" {
		return nil, fmt.Errorf("read %s (%s): %w", name, format, ErrNoText)
	}
	return t, nil
}

func firstLines(s string, n int) string {
	lines := strings.SplitN(s, "\n", n+1)
	if len(lines) > n {
		lines = lines[:n]
	}
	return strings.Join(lines, "\n")
}

// Sniff returns the format of data: by content where it is unmistakable
// (%PDF, a zip holding word/document.xml, an OLE2 compound file, HTML tags),
// else by the extension of name, else txt.
func Sniff(name string, data []byte) string {
	head := data
	if len(head) > 1024 {
		head = head[:1024]
	}
	switch {
	case strings.HasPrefix(string(head), "%PDF-"):
		return FormatPDF
	case strings.HasPrefix(string(head), "PK\x03\x04"):
		return FormatDOCX
	case strings.HasPrefix(string(head), "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
		return FormatDOC
	}
	lower := strings.ToLower(string(head))
	if strings.Contains(lower, "<!doctype html") || strings.Contains(lower, "<html") {
		return FormatHTML
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return FormatMD
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".pdf":
		return FormatPDF
	case ".docx":
		return FormatDOCX
	case ".doc":
		return FormatDOC
	}
	return FormatTXT
}
