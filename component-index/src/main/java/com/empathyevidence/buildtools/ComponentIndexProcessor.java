package com.empathyevidence.buildtools;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the Spring Scanner index files ({@code META-INF/plugin-components/component}, {@code imports}, and their
 * per-product variants such as {@code component-jira}) that the hosts' scanner runtime reads when
 * {@code META-INF/spring/plugin-context.xml} contains {@code <atlassian-scanner:scan-indexes/>}.
 *
 * <p>Line format (as read by the scanner runtime): {@code fully.qualified.Name} or {@code fully.qualified.Name#beanName}.
 * Components are classes annotated {@code @javax.inject.Named} (all products), {@code @JiraComponent} or
 * {@code @ConfluenceComponent}; imports are constructor parameters annotated {@code @ComponentImport},
 * {@code @JiraImport} or {@code @ConfluenceImport}. Annotations are matched by name so this module needs no stubs.
 */
@SupportedAnnotationTypes({"javax.inject.Named",
        "com.atlassian.plugin.spring.scanner.annotation.component.JiraComponent",
        "com.atlassian.plugin.spring.scanner.annotation.component.ConfluenceComponent"})
public final class ComponentIndexProcessor extends AbstractProcessor {

    private static final String SCANNER = "com.atlassian.plugin.spring.scanner.annotation.";
    private static final Map<String, String> COMPONENT_FILES = Map.of(
            "javax.inject.Named", "component",
            SCANNER + "component.JiraComponent", "component-jira",
            SCANNER + "component.ConfluenceComponent", "component-confluence");
    private static final Map<String, String> IMPORT_FILES = Map.of(
            SCANNER + "imports.ComponentImport", "imports",
            SCANNER + "imports.JiraImport", "imports-jira",
            SCANNER + "imports.ConfluenceImport", "imports-confluence");

    private final Map<String, Set<String>> index = new TreeMap<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (TypeElement annotation : annotations) {
            String file = COMPONENT_FILES.get(annotation.getQualifiedName().toString());
            for (Element element : round.getElementsAnnotatedWith(annotation)) {
                if (element.getKind() != ElementKind.CLASS || file == null) {
                    continue;
                }
                TypeElement type = (TypeElement) element;
                String beanName = annotationValue(element, annotation.getQualifiedName().toString());
                add(file, type.getQualifiedName() + (beanName.isEmpty() ? "" : "#" + beanName));
                collectImports(type);
                collectExports(type);
            }
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private void collectImports(TypeElement type) {
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.CONSTRUCTOR) {
                continue;
            }
            for (VariableElement parameter : ((ExecutableElement) member).getParameters()) {
                for (AnnotationMirror mirror : parameter.getAnnotationMirrors()) {
                    String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
                    String file = IMPORT_FILES.get(name);
                    if (file == null) {
                        continue;
                    }
                    TypeMirror parameterType = parameter.asType();
                    if (!(parameterType instanceof DeclaredType)) {
                        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                                "An imported host component must be an interface type", parameter);
                        continue;
                    }
                    String iface = ((TypeElement) ((DeclaredType) parameterType).asElement()).getQualifiedName().toString();
                    String beanName = stringValue(mirror);
                    add(file, iface + (beanName.isEmpty() ? "" : "#" + beanName));
                }
            }
        }
    }

    /** {@code @ExportAsService}: "exports" lines {@code Impl#Interface1,Interface2} (all interfaces when none named). */
    private void collectExports(TypeElement type) {
        for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
            String name = ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
            if (!name.equals(SCANNER + "export.ExportAsService")) {
                continue;
            }
            java.util.List<String> interfaces = new java.util.ArrayList<>();
            for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
                if (entry.getKey().getSimpleName().contentEquals("value") && entry.getValue().getValue() instanceof java.util.List<?> values) {
                    for (Object v : values) {
                        Object t = ((AnnotationValue) v).getValue();
                        if (t instanceof DeclaredType d) {
                            interfaces.add(((TypeElement) d.asElement()).getQualifiedName().toString());
                        }
                    }
                }
            }
            if (interfaces.isEmpty()) {
                for (TypeMirror i : type.getInterfaces()) {
                    interfaces.add(((TypeElement) ((DeclaredType) i).asElement()).getQualifiedName().toString());
                }
            }
            add("exports", type.getQualifiedName() + "#" + String.join(",", interfaces));
        }
    }

    private void add(String file, String line) {
        index.computeIfAbsent(file, f -> new TreeSet<>()).add(line);
    }

    private String annotationValue(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(annotationName)) {
                return stringValue(mirror);
            }
        }
        return "";
    }

    private static String stringValue(AnnotationMirror mirror) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals("value")) {
                return String.valueOf(entry.getValue().getValue());
            }
        }
        return "";
    }

    private void write() {
        for (Map.Entry<String, Set<String>> entry : index.entrySet()) {
            try {
                FileObject out = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                        "META-INF/plugin-components/" + entry.getKey());
                try (Writer writer = out.openWriter()) {
                    for (String line : entry.getValue()) {
                        writer.write(line);
                        writer.write('\n');
                    }
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "Could not write component index " + entry.getKey() + ": " + e.getMessage());
            }
        }
    }
}
