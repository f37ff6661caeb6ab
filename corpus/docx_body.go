package corpus

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// docxPara is a paragraph being read: its style's run properties, the run
// being read and the segments so far. Paragraphs nest (a text box inside a
// run), so the walker keeps a stack of them.
type docxPara struct {
	style   docxRunProps
	run     docxRunProps
	inRun   bool
	inRPr   bool
	inPPr   bool
	segs    []*docxSeg
	started bool
	numID   string // list of an automatic number, from w:numPr or the style
	ilvl    int
}

// docxWalker streams the tokens of the main document part into lines.
type docxWalker struct {
	ctx      context.Context
	st       *docxStyles
	out      strings.Builder
	stack    []*docxPara
	encCount map[string]int
	warnings []string
	num      *docxNumbering // nil when the docx has no numbering part
}

func newDocxWalker(ctx context.Context, st *docxStyles) *docxWalker {
	return &docxWalker{ctx: ctx, st: st, encCount: map[string]int{}}
}

// docxSkipped are elements whose content is not text of the document:
// deleted and moved-away text, field instructions, the fallback copy of
// alternate content, hidden properties of numbering.
var docxSkipped = map[string]bool{
	"del": true, "moveFrom": true, "delText": true, "instrText": true,
	"delInstrText": true, "Fallback": true, "sdtPr": true, "rPrChange": true,
	"pPrChange": true, "sectPr": true, "tblPr": true, "tblGrid": true,
	"trPr": true, "tcPr": true, "footnotePr": true,
}

// walk reads the document part.
func (w *docxWalker) walk(data []byte) error {
	d := newDocxScanner(data)
	for n := 0; ; n++ {
		if n&4095 == 0 && w.ctx.Err() != nil {
			return w.ctx.Err()
		}
		tok, err := d.token()
		if err == io.EOF {
			break
		}
		if err != nil {
			if w.out.Len() == 0 && len(w.stack) == 0 {
				return fmt.Errorf("xml: %w", err)
			}
			w.warnings = append(w.warnings, fmt.Sprintf("docx: document part cut short: %v", err))
			break
		}
		switch tok.kind {
		case 's':
			e := tok.start
			if docxSkipped[e.Name.Local] {
				if err := docxSkip(d); err != nil {
					w.warnings = append(w.warnings, fmt.Sprintf("docx: document part cut short: %v", err))
					goto done
				}
				continue
			}
			w.start(e)
		case 'e':
			w.end(xml.EndElement{Name: tok.end})
		case 't':
			w.chars(tok.text)
		}
	}
done:
	for len(w.stack) > 0 {
		w.endPara()
	}
	return nil
}

func (w *docxWalker) top() *docxPara {
	if len(w.stack) == 0 {
		return nil
	}
	return w.stack[len(w.stack)-1]
}

// docxInText is set while the decoder is inside a w:t (text) element.
func (w *docxWalker) start(e xml.StartElement) {
	p := w.top()
	switch e.Name.Local {
	case "p":
		np := &docxPara{style: w.st.props(w.st.defaultPara)}
		w.stack = append(w.stack, np)
		return
	}
	if p == nil {
		return
	}
	switch e.Name.Local {
	case "pPr":
		p.inPPr = true
	case "pStyle":
		if p.inPPr {
			id := docxAttr(e, "val")
			p.style = w.st.props(id)
			if num := w.st.numbering(id); num.id != "" && p.numID == "" {
				p.numID, p.ilvl = num.id, num.ilvl
			}
		}
	case "numId":
		if p.inPPr && !p.inRPr {
			p.numID = docxAttr(e, "val")
		}
	case "ilvl":
		if p.inPPr && !p.inRPr {
			if v, err := strconv.Atoi(docxAttr(e, "val")); err == nil {
				p.ilvl = v
			}
		}
	case "r":
		p.inRun, p.run = true, p.style
	case "rPr":
		p.inRPr = true
	case "rStyle":
		if p.inRun && p.inRPr {
			p.run = p.run.merge(w.st.byID[docxAttr(e, "val")].props)
		}
	case "t":
		if p.inRun && !p.inPPr && e.Name.Space != "a" {
			p.started = true
		}
	case "tab", "ptab":
		if p.inRun && !p.inPPr && !p.inRPr {
			w.text(p, "\t")
		}
	case "br", "cr":
		if p.inRun && !p.inRPr {
			w.text(p, "\n")
		}
	case "noBreakHyphen":
		if p.inRun && !p.inRPr {
			w.text(p, "-")
		}
	default:
		if p.inRun && p.inRPr && !p.inPPr {
			docxRunProp(e, &p.run)
		}
	}
}

func (w *docxWalker) end(e xml.EndElement) {
	p := w.top()
	if p == nil {
		return
	}
	switch e.Name.Local {
	case "p":
		w.endPara()
	case "pPr":
		p.inPPr, p.inRPr = false, false
	case "rPr":
		p.inRPr = false
	case "r":
		p.inRun = false
	case "t":
		p.started = false
	case "tc":
		// a cell's paragraphs were emitted as they closed
	}
}

func (w *docxWalker) chars(c []byte) {
	p := w.top()
	if p == nil || !p.started || !p.inRun {
		return
	}
	w.text(p, string(c))
}

// text appends s to the paragraph with the current run's encoding and case.
func (w *docxWalker) text(p *docxPara, s string) {
	if p.run.vanish {
		return
	}
	enc := docxLegacyFont(p.run.font)
	caps := p.run.caps || docxCapitalFont(p.run.font)
	if n := len(p.segs); n > 0 && p.segs[n-1].enc == enc && p.segs[n-1].caps == caps {
		p.segs[n-1].text.WriteString(s)
		return
	}
	sg := &docxSeg{enc: enc, caps: caps}
	sg.text.WriteString(s)
	p.segs = append(p.segs, sg)
}

// endPara closes the innermost paragraph and writes it as one line (its
// breaks as more lines).
func (w *docxWalker) endPara() {
	p := w.top()
	w.stack = w.stack[:len(w.stack)-1]
	var sb strings.Builder
	legacy := false
	for _, sg := range p.segs {
		s, enc := docxDecodeSeg(sg)
		if enc != "" {
			legacy = true
			w.encCount[enc] += docxNonASCII(s)
		} else {
			w.encCount[EncUTF8] += docxNonASCII(s)
		}
		sb.WriteString(s)
	}
	line := sb.String()
	if p.numID != "" && strings.TrimSpace(line) != "" {
		if lab := w.num.label(p.numID, p.ilvl); lab != "" {
			line = lab + " " + strings.TrimLeft(line, " \t")
		}
	}
	if !legacy && docxHasHigh(line) {
		// A legacy font the styles do not name (a theme, a pasted run):
		// the code points still tell.
		if dec, enc, ok := DecodeLegacyRunes(line); ok {
			n := docxNonASCII(line)
			w.encCount[EncUTF8] -= n
			w.encCount[enc] += n
			line = dec
		}
	}
	w.out.WriteString(line)
	w.out.WriteByte('\n')
}

// docxNonASCII counts the runes outside ASCII, the letters that tell
// encodings apart.
func docxNonASCII(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}

// encoding returns the encoding of most non-ASCII letters, utf-8 when none.
func (w *docxWalker) encoding() string {
	best, bestN := EncUTF8, 0
	for _, enc := range []string{EncUTF8, EncTCVN3, EncVNI, EncVISCII, EncCP1258} {
		if n := w.encCount[enc]; n > bestN {
			best, bestN = enc, n
		}
	}
	return best
}

// docxSkip consumes the raw tokens up to the end of the element just
// started (the scanner does not pair elements, so depth is counted).
func docxSkip(d *docxScanner) error {
	for depth := 1; depth > 0; {
		tok, err := d.token()
		if err != nil {
			return err
		}
		switch tok.kind {
		case 's':
			depth++
		case 'e':
			depth--
		}
	}
	return nil
}
