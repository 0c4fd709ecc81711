package com.aidloop;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Aidloop, the closed-loop student financial aid platform (学生资助闭环管理平台). */
@SpringBootApplication
public class AidloopApplication {

    public static void main(String[] args) {
        if (args.length > 0 && "admin".equals(args[0])) {
            System.exit(AdminCommand.run(args, System.out));
        }
        SpringApplication.run(AidloopApplication.class, args);
    }
}
