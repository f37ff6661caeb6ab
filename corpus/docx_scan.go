package corpus

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"unicode/utf8"
)

// errDocxScan is returned for markup cut short or broken.
var errDocxScan = errors.New("malformed XML")

// docxAttrElems are the elements whose attributes the readers look at;
// the scanner parses the attributes of no other element.
var docxAttrElems = map[string]bool{
	"pStyle": true, "rStyle": true, "rFonts": true, "caps": true, "smallCaps": true,
	"vanish": true, "style": true, "basedOn": true, "Relationship": true, "t": true,
	"numId": true, "ilvl": true, "abstractNum": true, "lvl": true, "start": true,
	"numFmt": true, "lvlText": true, "num": true, "abstractNumId": true,
}

// docxScanner is a small XML tokenizer for the parts of a docx: it yields
// the same tokens as encoding/xml's RawToken (prefix in Name.Space) but
// parses attributes only where asked, interns names and does not copy text
// without entities, several times faster on WordprocessingML.
type docxScanner struct {
	b       []byte
	i       int
	pending *xml.EndElement // the end of a self-closing element, or nil
	pendEnd xml.EndElement
	names   map[string]string
}

func newDocxScanner(b []byte) *docxScanner {
	return &docxScanner{b: b, names: make(map[string]string, 64)}
}

// intern returns b as a string, allocated once per distinct name.
func (s *docxScanner) intern(b []byte) string {
	if v, ok := s.names[string(b)]; ok {
		return v
	}
	v := string(b)
	s.names[v] = v
	return v
}

// name splits a qualified name into prefix and local name.
func (s *docxScanner) name(b []byte) xml.Name {
	if i := bytes.IndexByte(b, ':'); i >= 0 {
		return xml.Name{Space: s.intern(b[:i]), Local: s.intern(b[i+1:])}
	}
	return xml.Name{Local: s.intern(b)}
}

// docxTok is one token: a start tag ('s', in start), an end tag ('e', in
// end) or text ('t', in text).
type docxTok struct {
	kind  byte
	start xml.StartElement
	end   xml.Name
	text  []byte
}

// token returns the next token; comments, processing instructions and
// doctypes are skipped. It returns io.EOF at the end of the input.
func (s *docxScanner) token() (docxTok, error) {
	if s.pending != nil {
		e := *s.pending
		s.pending = nil
		return docxTok{kind: 'e', end: e.Name}, nil
	}
	for {
		if s.i >= len(s.b) {
			return docxTok{}, io.EOF
		}
		if s.b[s.i] != '<' {
			j := bytes.IndexByte(s.b[s.i:], '<')
			if j < 0 {
				j = len(s.b) - s.i
			}
			raw := s.b[s.i : s.i+j]
			s.i += j
			return docxTok{kind: 't', text: docxUnescape(raw)}, nil
		}
		rest := s.b[s.i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<?")):
			if !s.skipPast("?>") {
				return docxTok{}, errDocxScan
			}
			continue
		case bytes.HasPrefix(rest, []byte("<!--")):
			if !s.skipPast("-->") {
				return docxTok{}, errDocxScan
			}
			continue
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			j := bytes.Index(rest, []byte("]]>"))
			if j < 0 {
				return docxTok{}, errDocxScan
			}
			s.i += j + 3
			return docxTok{kind: 't', text: rest[9:j]}, nil
		case bytes.HasPrefix(rest, []byte("<!")):
			if !s.skipPast(">") {
				return docxTok{}, errDocxScan
			}
			continue
		case bytes.HasPrefix(rest, []byte("</")):
			j := bytes.IndexByte(rest, '>')
			if j < 0 {
				return docxTok{}, errDocxScan
			}
			s.i += j + 1
			return docxTok{kind: 'e', end: s.name(bytes.TrimSpace(rest[2:j]))}, nil
		}
		// a start tag: find its end outside quoted values
		j, quote := 1, byte(0)
		for ; j < len(rest); j++ {
			c := rest[j]
			if quote != 0 {
				if c == quote {
					quote = 0
				}
				continue
			}
			if c == '"' || c == '\'' {
				quote = c
			} else if c == '>' {
				break
			}
		}
		if j >= len(rest) {
			return docxTok{}, errDocxScan
		}
		inner := rest[1:j]
		s.i += j + 1
		empty := len(inner) > 0 && inner[len(inner)-1] == '/'
		if empty {
			inner = inner[:len(inner)-1]
		}
		k := 0
		for k < len(inner) && !docxSpace(inner[k]) {
			k++
		}
		if k == 0 {
			return docxTok{}, errDocxScan
		}
		e := xml.StartElement{Name: s.name(inner[:k])}
		if docxAttrElems[e.Name.Local] {
			e.Attr = s.attrs(inner[k:])
		}
		if empty {
			s.pendEnd = xml.EndElement{Name: e.Name}
			s.pending = &s.pendEnd
		}
		return docxTok{kind: 's', start: e}, nil
	}
}

func (s *docxScanner) skipPast(end string) bool {
	j := bytes.Index(s.b[s.i:], []byte(end))
	if j < 0 {
		s.i = len(s.b)
		return false
	}
	s.i += j + len(end)
	return true
}

// attrs parses name="value" pairs.
func (s *docxScanner) attrs(b []byte) []xml.Attr {
	var out []xml.Attr
	for {
		for len(b) > 0 && docxSpace(b[0]) {
			b = b[1:]
		}
		eq := bytes.IndexByte(b, '=')
		if eq <= 0 {
			return out
		}
		name := bytes.TrimSpace(b[:eq])
		b = b[eq+1:]
		for len(b) > 0 && docxSpace(b[0]) {
			b = b[1:]
		}
		if len(b) == 0 || (b[0] != '"' && b[0] != '\'') {
			return out
		}
		q := b[0]
		end := bytes.IndexByte(b[1:], q)
		if end < 0 {
			return out
		}
		out = append(out, xml.Attr{Name: s.name(name), Value: string(docxUnescape(b[1 : 1+end]))})
		b = b[end+2:]
	}
}

func docxSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// docxUnescape resolves the five named entities and character references;
// b is returned as is when it has none.
func docxUnescape(b []byte) []byte {
	if bytes.IndexByte(b, '&') < 0 {
		return b
	}
	out := make([]byte, 0, len(b))
	for len(b) > 0 {
		i := bytes.IndexByte(b, '&')
		if i < 0 {
			return append(out, b...)
		}
		out = append(out, b[:i]...)
		b = b[i:]
		semi := bytes.IndexByte(b, ';')
		if semi < 0 || semi > 12 {
			out = append(out, '&')
			b = b[1:]
			continue
		}
		ent := string(b[1:semi])
		switch ent {
		case "amp":
			out = append(out, '&')
		case "lt":
			out = append(out, '<')
		case "gt":
			out = append(out, '>')
		case "quot":
			out = append(out, '"')
		case "apos":
			out = append(out, '\'')
		default:
			r := rune(-1)
			if len(ent) > 1 && ent[0] == '#' {
				var n uint64
				var err error
				if ent[1] == 'x' || ent[1] == 'X' {
					n, err = strconv.ParseUint(ent[2:], 16, 32)
				} else {
					n, err = strconv.ParseUint(ent[1:], 10, 32)
				}
				if err == nil && n <= utf8.MaxRune {
					r = rune(n)
				}
			}
			if r < 0 {
				out = append(out, b[:semi+1]...)
			} else {
				out = utf8.AppendRune(out, r)
			}
		}
		b = b[semi+1:]
	}
	return out
}
