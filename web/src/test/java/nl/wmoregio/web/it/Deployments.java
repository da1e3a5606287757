package nl.wmoregio.web.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Tests deploy the real build artifact (target/wmo.war), not a hand-picked subset of classes. */
final class Deployments {

    private Deployments() {
    }

    static WebArchive war() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("wmo.war")));
    }
}
