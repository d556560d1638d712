package pl.ezd.classification.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import pl.ezd.classification.entity.Jrwa;
import pl.ezd.classification.entity.JrwaClass;
import pl.ezd.classification.entity.KategoriaArchiwalna;

/** Writes a JRWA version as an NDAP {@code WykazAkt} file (UTF-8), in catalogue order. */
public class WykazAktWriter {

    public byte[] write(Jrwa jrwa) {
        var out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory()
                    .createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            xml.writeComment(" " + jrwa.getLabel() + ", obowiązuje od " + jrwa.getValidFrom()
                    + (jrwa.getValidTo() == null ? "" : " do " + jrwa.getValidTo()) + " ");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(WykazAktReader.NAMESPACE);
            xml.writeStartElement(WykazAktReader.NAMESPACE, "wykaz");
            xml.writeDefaultNamespace(WykazAktReader.NAMESPACE);
            for (JrwaClass jrwaClass : jrwa.getClasses()) {
                xml.writeCharacters("\n  ");
                xml.writeStartElement(WykazAktReader.NAMESPACE, "akta");
                element(xml, "symbol", jrwaClass.getSymbol().value());
                element(xml, "haslo", jrwaClass.getTitle());
                category(xml, "kategoriaMerytoryczna", jrwaClass.getHomeCategory());
                category(xml, "kategoriaInna", jrwaClass.getOtherCategory());
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing JRWA " + jrwa.getId() + " failed", e);
        }
        return out.toByteArray();
    }

    private static void category(XMLStreamWriter xml, String name, KategoriaArchiwalna category) throws XMLStreamException {
        if (category != null) {
            element(xml, name, category.code());
        }
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeCharacters("\n    ");
        xml.writeStartElement(WykazAktReader.NAMESPACE, name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
