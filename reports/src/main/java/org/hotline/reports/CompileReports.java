package org.hotline.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build step (exec-maven-plugin, process-classes): compiles every {@code *.jrxml} of {@code
 * src/main/jasperreports} to {@code target/classes/reports/*.jasper}, so that the server never
 * compiles a report and a broken template fails the build.
 */
public final class CompileReports {

  private CompileReports() {}

  public static void main(String[] args) throws IOException, JRException {
    Path sources = Path.of(args[0]);
    Path target = Path.of(args[1]);
    Files.createDirectories(target);
    List<Path> templates;
    try (Stream<Path> files = Files.list(sources)) {
      templates = files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
    }
    for (Path jrxml : templates) {
      String name = jrxml.getFileName().toString().replace(".jrxml", ".jasper");
      JasperCompileManager.compileReportToFile(jrxml.toString(), target.resolve(name).toString());
      System.out.println("compiled " + jrxml + " -> " + target.resolve(name));
    }
  }
}
