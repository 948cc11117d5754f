import java.net.URI;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;

/**
 * The outside services of a prod-profile node for bench/startup.sh: an S3 server (S3Proxy, filesystem backend) and an
 * SMTP server (GreenMail), both on 127.0.0.1, in one process of their own, serving until it is ended. Run as a
 * single-file program on the extracted jar's class path:
 * <pre>java -cp 'app/opencontest.jar:app/lib/*' bench/ProdShapeServers.java DIRECTORY S3_PORT SMTP_PORT ACCESS_KEY SECRET_KEY</pre>
 */
public class ProdShapeServers {

    public static void main(String[] args) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", args[0]);
        properties.setProperty("jclouds.identity", args[3]);
        properties.setProperty("jclouds.credential", args[4]);
        BlobStore store = BlobStores.create("filesystem", properties);
        S3Proxy s3 = S3Proxy.builder()
                .blobStore(store)
                .awsAuthentication(AuthenticationType.AWS_V4, args[3], args[4])
                .endpoint(URI.create("http://127.0.0.1:" + args[1]))
                .build();
        s3.start();
        new GreenMail(new ServerSetup(Integer.parseInt(args[2]), "127.0.0.1", ServerSetup.PROTOCOL_SMTP)).start();
        System.out.println("S3 on " + args[1] + " and SMTP on " + args[2] + " ready");
        Thread.currentThread().join();
    }
}
