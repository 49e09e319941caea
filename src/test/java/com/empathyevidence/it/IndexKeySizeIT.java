package com.empathyevidence.it;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.java.ao.Entity;
import net.java.ao.RawEntity;
import net.java.ao.schema.Index;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.Indexes;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Unique;
import org.junit.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every index the plugin's Active Objects entities declare (as loaded from the built jar: the {@code <ao>} module's
 * entities, their {@code @Indexes}, {@code @Indexed} and {@code @Unique} columns) fits MySQL 8's InnoDB key limit of
 * 3,072 bytes under utf8mb4, which Jira and Confluence Data Center support: a string takes 4 bytes per character of
 * its declared length (255 when none is declared), an unlimited string cannot be indexed at all. Otherwise the hosts'
 * schema migration fails on MySQL ("Specified key was too long").
 *
 * <p>The limit holds for the columns as created: Active Objects never narrows an existing VARCHAR (a shorter
 * {@code @StringLength} on a released column is "compatible" and left as it was), so shortening a released column to
 * fit an index does not help an upgraded MySQL install. Shorten only columns new in the release, or index fewer columns.
 */
public class IndexKeySizeIT {

    static final int MYSQL_KEY_LIMIT_BYTES = 3072;
    private static final int BYTES_PER_CHAR = 4;
    private static final int DEFAULT_STRING_LENGTH = 255;

    private final PluginJar jar = PluginJar.get();

    @Test
    public void everyDeclaredIndexFitsMySqlKeyLimit() {
        ClassLoader loader = jar.classLoader();
        List<String> entities = entityNames(jar.descriptor());
        assertTrue("the ao module names its entities", entities.size() > 10);
        List<String> tooLong = new ArrayList<>();
        int indexes = 0;
        for (String name : entities) {
            Class<?> type = jar.load(loader, name);
            for (Map.Entry<String, Integer> index : keySizes(type).entrySet()) {
                indexes++;
                if (index.getValue() > MYSQL_KEY_LIMIT_BYTES) {
                    tooLong.add(type.getSimpleName() + "." + index.getKey() + ": " + index.getValue() + " bytes");
                }
            }
        }
        assertTrue("indexes found: " + indexes, indexes > 20);
        assertEquals("indexes over MySQL's " + MYSQL_KEY_LIMIT_BYTES + "-byte key limit (utf8mb4)", List.of(), tooLong);
    }

    /** The calculator itself, on worked examples: it must be able to say "too long". */
    @Test
    public void keySizesAreComputedFromTheAnnotations() {
        Map<String, Integer> sizes = keySizes(Oversized.class);
        // five 255-character strings (5 x 1,020), two 10-character dates (2 x 40), one integer (4)
        assertEquals(Integer.valueOf(5 * 1020 + 80 + 4), sizes.get("wide"));
        assertTrue(sizes.get("wide") > MYSQL_KEY_LIMIT_BYTES);
        assertEquals(Integer.valueOf(1020 + 40), sizes.get("narrow"));
        assertEquals(Integer.valueOf(4 * 40), sizes.get("@Indexed getShort"));
        assertEquals(Integer.valueOf(1020), sizes.get("@Unique getA"));
        assertEquals(Integer.valueOf(4), sizes.get("@Indexed getOther"));
        try {
            keySizes(Unlimited.class);
            fail("an unlimited string in an index must be refused");
        } catch (AssertionError expected) {
            assertTrue(expected.getMessage(), expected.getMessage().contains("getNote"));
        }
        assertFalse(keySizes(Oversized.class).containsKey("@Indexed getA"));
    }

    /** Index name (or "@Indexed getter", "@Unique getter") to its key size in bytes under utf8mb4. */
    static Map<String, Integer> keySizes(Class<?> entity) {
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Indexes indexes = entity.getAnnotation(Indexes.class);
        if (indexes != null) {
            for (Index index : indexes.value()) {
                int size = 0;
                for (String methodName : index.methodNames()) {
                    size += columnBytes(entity, getter(entity, methodName));
                }
                sizes.put(index.name(), size);
            }
        }
        for (Method m : entity.getMethods()) {
            if (m.getParameterCount() == 0 && m.getReturnType() != void.class) {
                if (m.isAnnotationPresent(Indexed.class)) {
                    sizes.put("@Indexed " + m.getName(), columnBytes(entity, m));
                }
                if (m.isAnnotationPresent(Unique.class)) {
                    sizes.put("@Unique " + m.getName(), columnBytes(entity, m));
                }
            }
        }
        return sizes;
    }

    private static Method getter(Class<?> entity, String methodName) {
        String property = methodName.replaceFirst("^(get|set|is)", "");
        for (String candidate : new String[] {"get" + property, "is" + property}) {
            try {
                return entity.getMethod(candidate);
            } catch (NoSuchMethodException ignored) {
                // try the next spelling
            }
        }
        throw new AssertionError(entity.getSimpleName() + " has no getter for index method " + methodName);
    }

    private static int columnBytes(Class<?> entity, Method getter) {
        Class<?> t = getter.getReturnType();
        if (t == String.class || t.isEnum()) {
            StringLength length = getter.getAnnotation(StringLength.class);
            int chars = length == null ? DEFAULT_STRING_LENGTH : length.value();
            if (chars == StringLength.UNLIMITED) {
                throw new AssertionError(entity.getSimpleName() + "." + getter.getName()
                        + " is an unlimited string (a CLOB/TEXT): no database can index it whole");
            }
            return chars * BYTES_PER_CHAR;
        }
        if (t == int.class || t == Integer.class || RawEntity.class.isAssignableFrom(t)) {
            return 4;
        }
        if (t == long.class || t == Long.class || t == double.class || t == Double.class || t == java.util.Date.class) {
            return 8;
        }
        if (t == boolean.class || t == Boolean.class) {
            return 1;
        }
        throw new AssertionError(entity.getSimpleName() + "." + getter.getName() + ": no key size known for " + t.getName());
    }

    private static List<String> entityNames(Element descriptor) {
        List<String> names = new ArrayList<>();
        NodeList aos = descriptor.getElementsByTagName("ao");
        for (int a = 0; a < aos.getLength(); a++) {
            NodeList entities = ((Element) aos.item(a)).getElementsByTagName("entity");
            for (int e = 0; e < entities.getLength(); e++) {
                names.add(entities.item(e).getTextContent().trim());
            }
        }
        return names;
    }

    /** The shape persona_map first had on evidence: 5,184 bytes. */
    @Indexes({@Index(name = "wide", methodNames = {"getA", "getB", "getC", "getD", "getE", "getDay", "getOtherDay", "getOther"}),
            @Index(name = "narrow", methodNames = {"getA", "getDay"})})
    interface Oversized extends Entity {
        @Unique
        String getA();
        String getB();
        String getC();
        String getD();
        String getE();
        @StringLength(10)
        String getDay();
        @StringLength(10)
        String getOtherDay();
        @Indexed
        Integer getOther();
        @Indexed
        @StringLength(40)
        String getShort();
    }

    interface Unlimited extends Entity {
        @Indexed
        @StringLength(StringLength.UNLIMITED)
        String getNote();
    }
}
