package com.empathyevidence.workbench.confluence;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Confluence's storage format, the subset the workbench's pages use: paragraphs of text ({@code <p>}) and macros
 * ({@code <ac:structured-macro ac:name="..."><ac:parameter ac:name="...">value</ac:parameter>...}, with an optional
 * {@code <ac:rich-text-body>} or {@code <ac:plain-text-body>}). Reading gives the blocks in order, the way
 * Confluence's renderer walks a body to call each macro with its parameters map; anything else is kept as text.
 */
public final class StorageFormat {

    private static final String AC = "http://atlassian.com/content";
    private static final String RI = "http://atlassian.com/resource/identifier";

    private StorageFormat() {
    }

    /** One block of a page body. */
    public sealed interface Block permits Paragraph, MacroCall {
    }

    /** A paragraph's text. */
    public record Paragraph(String text) implements Block {
    }

    /** A macro as stored: its name, parameters (in order) and body. */
    public record MacroCall(String name, Map<String, String> parameters, String body) implements Block {
    }

    /** The blocks of a storage-format body, in order. A body that is not well-formed XHTML is refused. */
    public static List<Block> read(String body) {
        Document doc;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setExpandEntityReferences(false);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            doc = factory.newDocumentBuilder().parse(new InputSource(new StringReader(
                    "<root xmlns:ac=\"" + AC + "\" xmlns:ri=\"" + RI + "\">" + (body == null ? "" : body) + "</root>")));
        } catch (Exception e) {
            throw new IllegalArgumentException("The page body is not valid storage format: " + e.getMessage(), e);
        }
        List<Block> blocks = new ArrayList<>();
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && AC.equals(e.getNamespaceURI()) && "structured-macro".equals(e.getLocalName())) {
                blocks.add(macro(e));
            } else if (n instanceof Element e) {
                blocks.add(new Paragraph(e.getTextContent()));
            } else if (n.getNodeType() == Node.TEXT_NODE && !n.getTextContent().isBlank()) {
                blocks.add(new Paragraph(n.getTextContent().strip()));
            }
        }
        return blocks;
    }

    private static MacroCall macro(Element e) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String body = "";
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child && AC.equals(child.getNamespaceURI())) {
                if ("parameter".equals(child.getLocalName())) {
                    parameters.put(child.getAttributeNS(AC, "name"), child.getTextContent());
                } else if ("rich-text-body".equals(child.getLocalName()) || "plain-text-body".equals(child.getLocalName())) {
                    body = child.getTextContent();
                }
            }
        }
        return new MacroCall(e.getAttributeNS(AC, "name"), parameters, body);
    }

    /** A paragraph in storage format. */
    public static String paragraph(String text) {
        return "<p>" + xml(text) + "</p>";
    }

    /** A macro in storage format, as Confluence's editor saves it. */
    public static String macro(String name, Map<String, String> parameters) {
        StringBuilder s = new StringBuilder("<ac:structured-macro ac:name=\"").append(xml(name)).append("\" ac:schema-version=\"1\">");
        parameters.forEach((k, v) -> s.append("<ac:parameter ac:name=\"").append(xml(k)).append("\">").append(xml(v)).append("</ac:parameter>"));
        return s.append("</ac:structured-macro>").toString();
    }

    private static String xml(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
