package corpus

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// docxMainPart is the usual name of a docx's main document part; the real
// name is read from the package relationships when they say otherwise.
const docxMainPart = "word/document.xml"

// readDOCX reads the text of an Office Open XML document: paragraphs as
// lines, table cells in document order (the administrative header table
// gives its whole left cell, then its right cell), line breaks, and runs in
// legacy Vietnamese fonts (.VnTime, VNI-Times) decoded from the bytes they
// stand for. The archive is checked against the limits before anything is
// decompressed, and decompression is bounded whatever the archive claims.
func readDOCX(ctx context.Context, data []byte, opt Options) (*Text, error) {
	lim := opt.limits()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("docx: open archive: %w", err)
	}
	if len(zr.File) > lim.MaxZipEntries {
		return nil, fmt.Errorf("docx: %w: %d zip entries, limit %d", ErrTooLarge, len(zr.File), lim.MaxZipEntries)
	}
	parts := make(map[string]*zip.File, len(zr.File))
	var declared uint64
	for _, f := range zr.File {
		parts[strings.TrimPrefix(f.Name, "/")] = f
		declared += f.UncompressedSize64
	}
	if declared > uint64(lim.MaxUnzipped) {
		return nil, fmt.Errorf("docx: %w: %d bytes decompressed, limit %d", ErrTooLarge, declared, lim.MaxUnzipped)
	}
	budget := &docxBudget{left: lim.MaxUnzipped}
	main := docxMainName(parts, budget)
	mf := parts[main]
	if mf == nil {
		return nil, fmt.Errorf("docx: no %s in the archive (not a Word document?)", docxMainPart)
	}
	st := newDocxStyles()
	if sf := parts[path.Join(path.Dir(main), "styles.xml")]; sf != nil {
		if b, err := budget.read(sf); err == nil {
			st.parse(b)
		} else if docxTooLarge(err) {
			return nil, err
		}
	}
	body, err := budget.read(mf)
	if err != nil {
		return nil, err
	}
	w := newDocxWalker(ctx, st)
	if nf := parts[path.Join(path.Dir(main), "numbering.xml")]; nf != nil {
		if b, err := budget.read(nf); err == nil {
			w.num = newDocxNumbering()
			w.num.parse(b)
		} else if docxTooLarge(err) {
			return nil, err
		}
	}
	if err := w.walk(body); err != nil {
		return nil, fmt.Errorf("docx: %s: %w", main, err)
	}
	t := &Text{Text: w.out.String(), Encoding: w.encoding(), Warnings: w.warnings}
	return t, nil
}

// docxBudget bounds the bytes decompressed from one archive, whatever its
// headers declare.
type docxBudget struct {
	left int64
}

// read decompresses f within the budget.
func (b *docxBudget) read(f *zip.File) ([]byte, error) {
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("docx: open %s: %w", f.Name, err)
	}
	defer rc.Close()
	buf := bytes.NewBuffer(make([]byte, 0, min(int64(f.UncompressedSize64), b.left)+1))
	_, err = io.Copy(buf, io.LimitReader(rc, b.left+1))
	data := buf.Bytes()
	if err != nil {
		return nil, fmt.Errorf("docx: read %s: %w", f.Name, err)
	}
	if int64(len(data)) > b.left {
		return nil, fmt.Errorf("docx: %w: %s decompresses past the limit of the archive", ErrTooLarge, f.Name)
	}
	b.left -= int64(len(data))
	return data, nil
}

func docxTooLarge(err error) bool { return errors.Is(err, ErrTooLarge) }

// docxMainName returns the name of the main document part: the target of
// the officeDocument relationship in _rels/.rels, else word/document.xml.
func docxMainName(parts map[string]*zip.File, budget *docxBudget) string {
	rf := parts["_rels/.rels"]
	if rf == nil || rf.UncompressedSize64 > 1<<20 {
		return docxMainPart
	}
	b, err := budget.read(rf)
	if err != nil {
		return docxMainPart
	}
	for _, rel := range docxRels(b) {
		if strings.HasSuffix(rel.typ, "/officeDocument") {
			name := strings.TrimPrefix(path.Clean("/"+rel.target), "/")
			if parts[name] != nil {
				return name
			}
		}
	}
	return docxMainPart
}
